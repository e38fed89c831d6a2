package org.twoway.friction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A business process as HR names and describes it, in the back office or through the API. */
public record ProcessInput(
        @NotBlank(message = "Enter the process's name.")
        @Size(max = 100, message = "Keep the name to 100 characters.")
        String name,

        @Size(max = 2000, message = "Keep the description to 2000 characters.")
        String description) {

    public ProcessInput {
        name = name == null ? null : name.strip();
        description = description == null ? "" : description.replace("\r\n", "\n").strip();
    }

    static ProcessInput of(BusinessProcess process) {
        return new ProcessInput(process.name, process.description);
    }
}
