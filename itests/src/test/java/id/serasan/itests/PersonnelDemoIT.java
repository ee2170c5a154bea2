package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Demo mode as {@code ./serasan --demo} runs it: the generator loads units, employees and full histories into an
 * empty database, links demo accounts, and refuses to run a second time (or on any database holding personnel data).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonnelDemoIT extends SerasanTestSupport {
    static final String P = "/api/v1/personnel";

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    @Test
    public void demoDataLoadsOnceWithFullHistoriesAndLinkedAccounts() throws Exception {
        String admin = adminToken();
        String out = console("serasan:personnel-demo --employees 3000 --seed 7");
        assertTrue(out, out.contains("3000 pegawai"));
        assertEquals(3000, http().get(P + "/employees?size=1", admin).json().get("total").asInt());
        // Histories: heads have an earlier pelaksana position and a leadership training; PNS have rank steps.
        JsonNode head = http().get(P + "/employees?q=&unit=BKPSDM&positionType=JPT_PRATAMA", admin).json().get("items").get(0);
        String nip = head.get("nip").asText();
        assertTrue(http().get(P + "/employees/" + nip + "/positions", admin).json().size() >= 2);
        assertTrue(http().get(P + "/employees/" + nip + "/trainings", admin).body().contains("STRUKTURAL"));
        assertTrue(http().get(P + "/employees/" + nip + "/ranks", admin).json().size() >= 2);
        // The links printed for demo accounts name real employees of the right kind.
        String supervisor = null;
        String employee = null;
        for (String line : out.split("\\R")) {
            if (line.startsWith("LINK SUPERVISOR=")) {
                supervisor = line.substring("LINK SUPERVISOR=".length()).trim();
            } else if (line.startsWith("LINK EMPLOYEE=")) {
                employee = line.substring("LINK EMPLOYEE=".length()).trim();
            }
        }
        assertEquals(supervisor, http().get(P + "/employees/" + employee, admin).json().get("supervisorNip").asText());
        String accounts = console("serasan:demo-accounts --link SUPERVISOR=" + supervisor + " --link EMPLOYEE=" + employee);
        assertTrue(accounts, accounts.contains("NIP " + supervisor));
        // A second run, or a run on a database with any personnel data, is refused and changes nothing.
        String again = console("serasan:personnel-demo --employees 3000 --seed 8");
        assertTrue(again, again.contains("Refused"));
        assertEquals(3000, http().get(P + "/employees?size=1", admin).json().get("total").asInt());
    }
}
