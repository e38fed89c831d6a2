package org.twoway.people;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.twoway.system.AutoIdEntity;
import org.twoway.system.Role;

@Entity
@Table(name = "user_account")
public class UserAccount extends AutoIdEntity {

    @Column(nullable = false, length = 254)
    public String email;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false, length = 16)
    public String role;

    @OneToOne
    @JoinColumn(name = "employee_id")
    public Employee employee;

    public boolean active = true;

    public static UserAccount create(String email, String password, String role, Employee employee) {
        UserAccount account = new UserAccount();
        account.email = Emails.normalize(email);
        account.role = role;
        account.employee = employee;
        account.setPassword(password);
        account.persist();
        return account;
    }

    public void setPassword(String password) {
        passwordHash = BcryptUtil.bcryptHash(password);
    }

    public static Optional<UserAccount> findByEmail(String email) {
        return find("email", Emails.normalize(email)).firstResultOptional();
    }

    public static Optional<UserAccount> findByEmployee(Employee employee) {
        return find("employee", employee).firstResultOptional();
    }

    /** The ids of the employees who have a login, active or not. */
    public static Set<Long> employeeIdsWithLogin() {
        return new HashSet<>(getEntityManager()
                .createQuery("select a.employee.id from UserAccount a where a.employee is not null", Long.class)
                .getResultList());
    }

    public static boolean hrExists() {
        return count("role = ?1 and active = true", Role.HR) > 0;
    }
}
