package org.twoway.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team as HR types it, in the back office or through the API. */
public record TeamInput(
        @NotBlank(message = "Enter the team's name.")
        @Size(max = 100, message = "Keep the name to 100 characters.")
        String name) {

    public TeamInput {
        name = name == null ? null : name.strip();
    }

    static TeamInput of(Team team) {
        return new TeamInput(team.name);
    }
}
