package id.serasan.attendance.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentsTest {
    @Test
    void theTypeIsJudgedFromTheFirstBytes() {
        assertThat(Attachments.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(Attachments.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Attachments.sniff("%PDX-1.7".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Attachments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo("image/jpeg");
        assertThat(Attachments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, 0})).isNull();
        assertThat(Attachments.sniff(new byte[] {(byte) 0xFF, (byte) 0xD9, (byte) 0xFF})).isNull();
        assertThat(Attachments.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .isEqualTo("image/png");
        assertThat(Attachments.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A})).isNull();
        assertThat(Attachments.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\n', '\n', 0x1A, '\n'})).isNull();
        assertThat(Attachments.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(Attachments.sniff(new byte[0])).isNull();
    }

    @Test
    void aFileNameLosesFoldersAndOddCharactersAndTakesTheExtensionOfItsType() {
        assertThat(Attachments.cleanName("C:\\Users\\budi\\surat dokter.PDF", "application/pdf"))
                .isEqualTo("surat dokter.pdf");
        assertThat(Attachments.cleanName("../../etc/passwd", "image/png")).isEqualTo("passwd.png");
        assertThat(Attachments.cleanName("foto.exe", "image/jpeg")).isEqualTo("foto.jpg");
        assertThat(Attachments.cleanName("a\"b<c>\u0007.pdf", "application/pdf")).isEqualTo("abc.pdf");
        assertThat(Attachments.cleanName(null, "application/pdf")).isEqualTo("lampiran.pdf");
        assertThat(Attachments.cleanName(".pdf", "application/pdf")).isEqualTo("lampiran.pdf");
        assertThat(Attachments.cleanName("x".repeat(300) + ".pdf", "application/pdf")).hasSize(124);
    }

    @Test
    void theDigestIsTheHexSha256() {
        assertThat(Attachments.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
