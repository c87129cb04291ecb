package dev.newsdesk.changefeed.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "A page of the initial sync or of changes after a token.")
public record ChangePage(
        @Schema(enumeration = {"snapshot", "changes"}, example = "changes",
                description = "snapshot: the initial sync, everything visible now; changes: what changed after "
                        + "the token.") String phase,
        List<ChangeItem> items,
        @Schema(description = "Send as token= for the next page; keep the last one to poll later. At the end of "
                + "the initial sync it points at the log as it stood before the sync began.",
                example = "MXxkfDEwNDJ8MHx8.kq2N0b7kQ3m4uJ9xw1mV8A") String next,
        @Schema(description = "True while more is ready now: fetch next at once. False: you are up to date; poll "
                + "next later (or open the stream).", example = "false") boolean hasMore) {
}
