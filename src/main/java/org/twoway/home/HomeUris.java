package org.twoway.home;

import io.quarkus.qute.TemplateExtension;
import org.twoway.system.PathTemplate;

/**
 * Links to the employee's My work page, for templates: {@code {uri:myWork}}, each path taken from {@link MyWorkPage}.
 */
@TemplateExtension(namespace = PathTemplate.NAMESPACE, priority = 8)
public class HomeUris {

    private static final PathTemplate MY_WORK = PathTemplate.of(MyWorkPage.class);

    static String myWork() {
        return MY_WORK.with();
    }
}
