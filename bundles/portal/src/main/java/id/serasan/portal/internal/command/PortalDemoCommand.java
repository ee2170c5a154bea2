package id.serasan.portal.internal.command;

import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.demo.DemoContent;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "serasan", name = "portal-demo",
        description = "Demo mode: fills an EMPTY portal with demo news, announcements, services, downloads and pages")
@Service
public class PortalDemoCommand implements Action {
    @Reference
    DemoContent demo;

    @Override
    public Object execute() throws Exception {
        try {
            DemoContent.Result r = demo.load();
            System.out.println("Konten demo / Demo content: " + r.items() + " konten / items, " + r.media()
                    + " berkas / files");
        } catch (ProblemException e) {
            System.out.println(e.detail());
        }
        return null;
    }
}
