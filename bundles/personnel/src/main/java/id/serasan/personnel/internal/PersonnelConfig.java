package id.serasan.personnel.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The personnel module's configuration ({@code etc/id.serasan.personnel.cfg}): the rule pack that derives
 * retirement, promotion and salary-step dates, and the limits of uploads and imports. Changes apply at once,
 * without restart. Every number a regulation sets is here, never in code.
 */
@ObjectClassDefinition(id = "id.serasan.personnel", name = "Serasan personnel",
        description = "Rule pack (retirement ages, promotion and salary-step intervals) and import/upload limits")
public @interface PersonnelConfig {
    @AttributeDefinition(description = "Name of the rule pack: the regulations, numbers and effective dates it encodes")
    String rulePack() default "Bawaan / Default: BUP PP 11/2017 ps. 239; KP reguler 4 tahun, 6 periode/tahun (BKN 2024);"
            + " KGB 2 tahun (belum diverifikasi / unverified); DUK PP 15/1979";

    @AttributeDefinition(description = "Retirement age (BUP) of administrative positions, functional ahli pertama/muda and skill-level functionals")
    int retirementAgeDefault() default 58;

    @AttributeDefinition(description = "Retirement age of senior executives (JPT utama, madya, pratama)")
    int retirementAgeJpt() default 60;

    @AttributeDefinition(description = "Retirement age of functional ahli madya")
    int retirementAgeAhliMadya() default 60;

    @AttributeDefinition(description = "Retirement age of functional ahli utama")
    int retirementAgeAhliUtama() default 65;

    @AttributeDefinition(description = "Years in a rank before a regular promotion (kenaikan pangkat reguler)")
    int promotionYearsInRank() default 4;

    @AttributeDefinition(description = "Months (1-12, comma-separated) whose first day is a promotion TMT window")
    String promotionWindowMonths() default "2,4,6,8,10,12";

    @AttributeDefinition(description = "Years between periodic salary steps (KGB), counted from TMT CPNS")
    int salaryStepYears() default 2;

    @AttributeDefinition(description = "Largest document (SK scan) accepted, bytes")
    long documentMaxBytes() default 5_242_880;

    @AttributeDefinition(description = "Document content types accepted, comma-separated")
    String documentTypes() default "application/pdf,image/jpeg,image/png";

    @AttributeDefinition(description = "Most rows one import may hold")
    int importMaxRows() default 200_000;
}
