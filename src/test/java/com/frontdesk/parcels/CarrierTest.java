package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A carrier is suggested only where the tracking number's letters say it surely. */
class CarrierTest {
    @Test
    void lettersAtTheStartNameTheCarrier() {
        assertThat(Carrier.suggest("SF1234567890123")).contains(Carrier.SF);
        assertThat(Carrier.suggest(" sf123456789012 ")).contains(Carrier.SF);
        assertThat(Carrier.suggest("JDVA12345678901")).contains(Carrier.JD);
        assertThat(Carrier.suggest("JT1234567890123")).contains(Carrier.JT);
        assertThat(Carrier.suggest("YT1234567890123")).contains(Carrier.YTO);
        assertThat(Carrier.suggest("EA123456789CN")).contains(Carrier.EMS);
    }

    @Test
    void allDigitNumbersAreLeftToTheDesk() {
        assertThat(Carrier.suggest("773012345678901")).isEmpty();
        assertThat(Carrier.suggest("4312345678901")).isEmpty();
        assertThat(Carrier.suggest("SF12")).isEmpty();
        assertThat(Carrier.suggest(null)).isEmpty();
    }
}
