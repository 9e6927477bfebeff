package com.frontdesk.phrases;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.core.RecordOnScreen;
import com.frontdesk.directory.Title;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseTextTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
    private final Map<String, String> repair = PhraseValues.of("zh-CN", "1023", "王芳", "翠湖花园",
            new RecordOnScreen("BX-20261122-0007", "1-2-1503", "张三丰"), null, NOW);

    @Test
    void valuesFillTheirPlaceholdersInBothSpellings() {
        String zh = PhraseText.fill("x", "{称呼|您}好，单号{单号}，房号{房号}，{公司}工号{工号}，{时间}", repair, c -> Optional.empty());
        String en = PhraseText.fill("x", "Hello {title|there}, {number} at {room} ({company}, {staffNo}) {time}",
                PhraseValues.of("en", "1023", "王芳", "Lake Garden", new RecordOnScreen("BX-1", "1-2-1503", "张三丰"), null,
                        NOW),
                c -> Optional.empty());

        assertThat(zh).isEqualTo("张先生/女士好，单号BX-20261122-0007，房号1-2-1503，翠湖花园工号1023，09:30");
        assertThat(en).isEqualTo("Hello Mr/Ms Zhang, BX-1 at 1-2-1503 (Lake Garden, 1023) 09:30");
    }

    @Test
    void anEmptyValueTakesTheFallbackWrittenInThePhraseOrNothing() {
        Map<String, String> nothing = PhraseValues.of("zh-CN", "1023", "王芳", "翠湖花园", RecordOnScreen.NONE, null, NOW);

        assertThat(PhraseText.fill("x", "{称呼|您}好，{房号|您家}的维修{单号}", nothing, c -> Optional.empty()))
                .isEqualTo("您好，您家的维修");
        assertThat(PhraseText.fill("x", "{姓名 | 业主 }", nothing, c -> Optional.empty())).isEqualTo(" 业主 ");
    }

    @Test
    void bracesThatAreNoPlaceholderStayAsTyped() {
        assertThat(PhraseText.fill("x", "a {} b { c", repair, c -> Optional.empty())).isEqualTo("a {} b { c");
    }

    @Test
    void aPhraseIncludesAnotherFilledInTheSameWay() {
        Map<String, String> library = Map.of("greet", "{称呼|您}好，", "bye", "再见。");

        String filled = PhraseText.fill("call", "{>greet}单号{单号}。{>BYE}", repair,
                c -> Optional.ofNullable(library.get(c)));

        assertThat(filled).isEqualTo("张先生/女士好，单号BX-20261122-0007。再见。");
        assertThat(PhraseText.includes("{>greet}x{> Bye }{>greet}")).containsExactly("greet", "bye");
    }

    @Test
    void fillingStopsAtAPhraseAlreadyBeingFilledAndAtTheDepthLimit() {
        Map<String, String> loop = Map.of("a", "A{>b}", "b", "B{>a}");
        Map<String, String> deep = Map.of("d1", "1{>d2}", "d2", "2{>d3}", "d3", "3{>d4}", "d4", "4{>d5}",
                "d5", "5{>d6}", "d6", "6{>d7}", "d7", "7");

        assertThat(PhraseText.fill("a", "A{>b}", repair, c -> Optional.ofNullable(loop.get(c)))).isEqualTo("AB");
        assertThat(PhraseText.fill("d0", "0{>d1}", repair, c -> Optional.ofNullable(deep.get(c))))
                .as("four levels of includes below the phrase, no more").isEqualTo("01234");
    }

    @Test
    void aLoopOfIncludesIsFoundWithItsPath() {
        Map<String, Set<String>> stored = Map.of("b", Set.of("c"), "c", Set.of("a"), "d", Set.of());

        assertThat(PhraseText.loop("a", Set.of("b"), c -> stored.getOrDefault(c, Set.of())))
                .contains(java.util.List.of("a", "b", "c", "a"));
        assertThat(PhraseText.loop("a", Set.of("a"), c -> Set.of())).contains(java.util.List.of("a", "a"));
        assertThat(PhraseText.loop("a", Set.of("d"), c -> stored.getOrDefault(c, Set.of()))).isEmpty();
    }

    @Test
    void theTitleIsTheSurnameWithTheNeutralHonorificAndNoneForACompany() {
        assertThat(Salutation.of("欧阳娜娜", null, "zh-CN")).isEqualTo("欧阳先生/女士");
        assertThat(Salutation.of("曾小贤", null, "en")).isEqualTo("Mr/Ms Zeng");
        assertThat(Salutation.of("欧阳娜娜", null, "en")).isEqualTo("Mr/Ms Ouyang");
        assertThat(Salutation.of("绿城科技有限公司", null, "zh-CN")).isNull();
        assertThat(Salutation.of("John Smith", null, "en")).isNull();
        assertThat(Salutation.of(" ", null, "zh-CN")).isNull();
    }

    @Test
    void aTitleRecordedInTheDirectoryReplacesTheNeutralHonorific() {
        assertThat(Salutation.of("张三丰", Title.MR, "zh-CN")).isEqualTo("张先生");
        assertThat(Salutation.of("张三丰", Title.MR, "en")).isEqualTo("Mr Zhang");
        assertThat(Salutation.of("欧阳娜娜", Title.MS, "zh-CN")).isEqualTo("欧阳女士");
        assertThat(Salutation.of("曾小贤", Title.MS, "en")).isEqualTo("Ms Zeng");
        assertThat(Salutation.of("张三丰", null, "zh-CN")).isEqualTo("张先生/女士");
        // a complainant picked from the directory is kept as "room · name"
        assertThat(Salutation.of("1-2-1503 · 李娜", Title.MS, "zh-CN")).isEqualTo("李女士");
        assertThat(Salutation.of("绿城科技有限公司", Title.MR, "zh-CN")).isNull();

        Map<String, String> ms = PhraseValues.of("zh-CN", "1023", "王芳", "翠湖花园",
                new RecordOnScreen("BX-1", "1-2-1503", "李娜", "occupant-1"), Title.MS, NOW);
        assertThat(PhraseText.fill("x", "{称呼|您}好", ms, c -> Optional.empty())).isEqualTo("李女士好");
        Map<String, String> mr = PhraseValues.of("en", "1023", "王芳", "Lake Garden",
                new RecordOnScreen("BX-1", "1-2-1503", "张三丰", "occupant-2"), Title.MR, NOW);
        assertThat(PhraseText.fill("x", "Dear {title|resident}", mr, c -> Optional.empty())).isEqualTo("Dear Mr Zhang");
    }
}
