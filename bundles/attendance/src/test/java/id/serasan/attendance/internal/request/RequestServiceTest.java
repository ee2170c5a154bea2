package id.serasan.attendance.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestServiceTest {
    @Test
    void yearsOfServiceComeFromTheNipsTmtCpnsMonth() {
        // TMT CPNS January 2020
        String nip = "199001012020011001";
        assertThat(RequestService.yearsOfService(nip, LocalDate.of(2020, 12, 31))).isZero();
        assertThat(RequestService.yearsOfService(nip, LocalDate.of(2021, 1, 1))).isEqualTo(1);
        assertThat(RequestService.yearsOfService(nip, LocalDate.of(2025, 12, 31))).isEqualTo(5);
        assertThat(RequestService.yearsOfService(nip, LocalDate.of(2019, 1, 1))).isZero();
        assertThat(RequestService.yearsOfService("12345", LocalDate.of(2025, 1, 1))).isNull();
    }
}
