package com.frontdesk.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Which charset an import file is in: Excel in China saves GBK, everything else UTF-8. */
final class CsvCharsets {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GBK = Charset.forName("GBK");

    private CsvCharsets() {
    }

    /** The file's text, the charset it was read in, and whether bytes that charset cannot read were replaced. */
    record Decoded(String text, String charset, boolean lossy) {
    }

    /** A UTF-8 BOM means UTF-8; otherwise UTF-8 if every byte sequence is valid UTF-8, else GBK. */
    static Decoded decode(byte[] file) {
        boolean bom = file.length >= 3 && file[0] == UTF8_BOM[0] && file[1] == UTF8_BOM[1] && file[2] == UTF8_BOM[2];
        ByteBuffer bytes = ByteBuffer.wrap(file, bom ? 3 : 0, file.length - (bom ? 3 : 0));
        String utf8 = strict(StandardCharsets.UTF_8, bytes.duplicate());
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8.name(), false);
        }
        if (bom) {
            return new Decoded(StandardCharsets.UTF_8.decode(bytes).toString(), StandardCharsets.UTF_8.name(), true);
        }
        String gbk = strict(GBK, bytes.duplicate());
        if (gbk != null) {
            return new Decoded(gbk, GBK.name(), false);
        }
        return new Decoded(GBK.decode(bytes).toString(), GBK.name(), true);
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
