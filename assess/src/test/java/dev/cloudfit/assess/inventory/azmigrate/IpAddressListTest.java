package dev.cloudfit.assess.inventory.azmigrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpAddressListTest {

    @Test
    void splitsOnCommasSemicolonsAndSpacesIntoV4AndV6() {
        IpAddressList ips = IpAddressList.parse(" 10.0.0.5, fe80::1%eth0;2001:db8::8a2e:370:7334  192.168.0.1 [::1]");
        assertThat(ips.ipv4()).containsExactly("10.0.0.5", "192.168.0.1");
        assertThat(ips.ipv6()).containsExactly("fe80::1%eth0", "2001:db8::8a2e:370:7334", "::1");
        assertThat(ips.invalid()).isEmpty();
    }

    @Test
    void keepsWhatIsNotALiteralApart() {
        IpAddressList ips = IpAddressList.parse("10.0.0.256,host.example.com,1:2:3:4:5:6:7:8:9,abc,::ffff:10.0.0.1,1::2::3");
        assertThat(ips.ipv4()).isEmpty();
        assertThat(ips.ipv6()).containsExactly("::ffff:10.0.0.1");
        assertThat(ips.invalid()).containsExactly("10.0.0.256", "host.example.com", "1:2:3:4:5:6:7:8:9", "abc", "1::2::3");
    }

    @Test
    void blankIsNone() {
        assertThat(IpAddressList.parse("  ").isEmpty()).isTrue();
        assertThat(IpAddressList.parse(null)).isEqualTo(IpAddressList.NONE);
    }
}
