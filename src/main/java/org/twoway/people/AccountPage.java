package org.twoway.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.twoway.audit.AuditAction;
import org.twoway.audit.AuditLog;
import org.twoway.system.Flash;
import org.twoway.system.FormErrors;

/** A signed-in person's own account: changing the password signs out every other browser. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(String email, FormErrors errors);
    }

    private final SecurityIdentity identity;
    private final Sessions sessions;
    private final AuditLog audit;

    AccountPage(SecurityIdentity identity, Sessions sessions, AuditLog audit) {
        this.audit = audit;
        this.identity = identity;
        this.sessions = sessions;
    }

    @GET
    public TemplateInstance show() {
        return Templates.account(identity.getPrincipal().getName(), FormErrors.none());
    }

    @POST
    @Path("password")
    @Transactional
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        UserAccount account = UserAccount.findByEmail(identity.getPrincipal().getName()).orElseThrow();
        FormErrors errors = FormErrors.none();
        if (current == null || !BcryptUtil.matches(current, account.passwordHash)) {
            errors.add("current", "This is not your current password.");
        }
        if (password == null || password.length() < Passwords.MIN_LENGTH) {
            errors.add("password", "Choose a password of at least " + Passwords.MIN_LENGTH + " characters.");
        } else if (password.length() > 200) {
            errors.add("password", "Choose a password of at most 200 characters.");
        } else if (!password.equals(confirm)) {
            errors.add("confirm", "The two new passwords differ.");
        }
        if (errors.any()) {
            return Response.status(400).entity(Templates.account(account.email, errors)).build();
        }
        account.setPassword(password);
        sessions.endAll(account);
        audit.record(account.email, AuditAction.PASSWORD_CHANGED, account.email);
        return Response.fromResponse(Flash.redirect(PeopleUris.login(), "Password changed. Please sign in with the new one."))
                .cookie(LoginPage.cookie("", false, 0)).build();
    }
}
