package org.twoway.friction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.twoway.system.Refusal;

/** Creating and changing business processes, with the rule that process names are unique. */
@ApplicationScoped
public class Processes {

    @Transactional
    public BusinessProcess create(ProcessInput input) {
        requireFreeName(input.name(), null);
        BusinessProcess process = new BusinessProcess();
        process.name = input.name();
        process.description = input.description();
        process.persist();
        return process;
    }

    @Transactional
    public BusinessProcess update(long id, ProcessInput input) {
        BusinessProcess process = find(id);
        requireFreeName(input.name(), process);
        process.name = input.name();
        process.description = input.description();
        return process;
    }

    @Transactional
    public BusinessProcess setActive(long id, boolean active) {
        BusinessProcess process = find(id);
        process.active = active;
        return process;
    }

    public BusinessProcess find(long id) {
        BusinessProcess process = BusinessProcess.findById(id);
        if (process == null) {
            throw Refusal.notFound("There is no process " + id + ".");
        }
        return process;
    }

    private static void requireFreeName(String name, BusinessProcess self) {
        BusinessProcess.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("name", "A process named “" + name + "” already exists.");
        });
    }
}
