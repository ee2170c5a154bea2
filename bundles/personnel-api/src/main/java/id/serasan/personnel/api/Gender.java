package id.serasan.personnel.api;

/** Gender as recorded, with its digit in a PNS NIP (position 15). */
public enum Gender {
    MALE('1'),
    FEMALE('2');

    private final char nipDigit;

    Gender(char nipDigit) {
        this.nipDigit = nipDigit;
    }

    public char nipDigit() {
        return nipDigit;
    }

    /** The gender a NIP digit stands for, or null for any other digit. */
    public static Gender ofNipDigit(char digit) {
        for (Gender g : values()) {
            if (g.nipDigit == digit) {
                return g;
            }
        }
        return null;
    }
}
