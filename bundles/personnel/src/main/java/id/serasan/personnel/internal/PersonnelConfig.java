package id.serasan.personnel.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The personnel module's configuration, PID {@value #PID} ({@code etc/id.serasan.personnel.cfg}): the rule pack that
 * derives retirement, promotion and salary-step dates, and the limits of uploads and imports. Changes apply at once,
 * without restart. Every number a regulation sets is here, never in code.
 */
@ObjectClassDefinition(id = PersonnelConfig.PID, name = "Serasan personnel",
        description = "Rule pack (retirement ages, promotion and salary-step rules) and import/upload limits")
public @interface PersonnelConfig {
    /** The configuration PID every personnel component that reads this configuration uses. */
    String PID = "id.serasan.personnel";

    @AttributeDefinition(description = "Name of the rule pack: the regulations, numbers and effective dates it encodes")
    String rulePack() default "Bawaan / Default: BUP PP 11/2017 ps. 239, guru UU 14/2005 ps. 30; KP reguler 4 tahun, "
            + "6 periode/tahun (BKN 2024); KGB menurut MKG, PP 15/2019 (belum diverifikasi / unverified); "
            + "DUK PP 15/1979";

    @AttributeDefinition(description = "Retirement age (BUP) of administrative positions, functional ahli "
            + "pertama/muda and skill-level functionals")
    int retirementAgeDefault() default 58;

    @AttributeDefinition(description = "Retirement age of senior executives (JPT utama, madya, pratama)")
    int retirementAgeJpt() default 60;

    @AttributeDefinition(description = "Retirement age of functional ahli madya")
    int retirementAgeAhliMadya() default 60;

    @AttributeDefinition(description = "Retirement age of functional ahli utama")
    int retirementAgeAhliUtama() default 65;

    @AttributeDefinition(description = "Retirement ages set by another law for named functional positions: "
            + "'position-name prefix=age', the first match wins over the level rules (teachers: UU 14/2005)")
    String[] retirementAgeByPosition() default {"Guru=60"};

    @AttributeDefinition(description = "Years in a rank before a regular promotion (kenaikan pangkat reguler)")
    int promotionYearsInRank() default 4;

    @AttributeDefinition(description = "Months (1-12) whose first day is a promotion TMT window")
    int[] promotionWindowMonths() default {2, 4, 6, 8, 10, 12};

    @AttributeDefinition(description = "Periodic salary steps (KGB) per golongan: 'GOLONGAN=first,every' in years of "
            + "masa kerja golongan (PP 15/2019: golongan II at 1, 3, 5, ...; the others at 2, 4, 6, ...)")
    String[] salaryStepSchedule() default {"I=2,2", "II=1,2", "III=2,2", "IV=2,2"};

    @AttributeDefinition(description = "Largest document (SK scan) accepted, bytes")
    long documentMaxBytes() default 5_242_880;

    @AttributeDefinition(description = "Document content types accepted")
    String[] documentTypes() default {"application/pdf", "image/jpeg", "image/png"};

    @AttributeDefinition(description = "Most rows one import may hold")
    int importMaxRows() default 200_000;
}
