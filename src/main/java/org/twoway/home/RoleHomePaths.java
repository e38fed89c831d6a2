package org.twoway.home;

import jakarta.enterprise.context.ApplicationScoped;
import org.twoway.cycles.CyclePages;
import org.twoway.people.RoleHomes;
import org.twoway.system.PathTemplate;

/** Each role's home, as the paths of the resources that serve it: HR's {@link CyclePages}, the employee's {@link MyWorkPage}. */
@ApplicationScoped
class RoleHomePaths implements RoleHomes {

    private static final PathTemplate CYCLES = PathTemplate.of(CyclePages.class);

    @Override
    public String hr() {
        return CYCLES.with();
    }

    @Override
    public String employee() {
        return HomeUris.myWork();
    }
}
