package org.twoway.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.twoway.system.Refusal;

/** Creating and changing teams, with the rule that team names are unique. */
@ApplicationScoped
public class Teams {

    @Transactional
    public Team create(TeamInput input) {
        requireFreeName(input.name(), null);
        Team team = new Team();
        team.name = input.name();
        team.persist();
        return team;
    }

    @Transactional
    public Team update(long id, TeamInput input) {
        Team team = find(id);
        requireFreeName(input.name(), team);
        team.name = input.name();
        return team;
    }

    @Transactional
    public Team setActive(long id, boolean active) {
        Team team = find(id);
        team.active = active;
        return team;
    }

    public Team find(long id) {
        Team team = Team.findById(id);
        if (team == null) {
            throw Refusal.notFound("There is no team " + id + ".");
        }
        return team;
    }

    public static Team byName(String name) {
        return Team.findByName(name).orElseThrow(() -> Refusal.invalid("team", "There is no team named “" + name + "”."));
    }

    private static void requireFreeName(String name, Team self) {
        Team.findByName(name).filter(other -> other != self).ifPresent(other -> {
            throw Refusal.duplicate("name", "A team named “" + name + "” already exists.");
        });
    }
}
