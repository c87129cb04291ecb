#!/usr/bin/env python3
"""Turns the README's shell examples into one bash script that checks every curl it runs.

Each ```sh / ```bash block that calls curl becomes a subshell of its own (a reader pastes one block at a time, so a
block may not lean on variables of another). Every `curl` is run through `readme_curl`, defined by the runner, which
knows the README line of the call and the status it expects: the code a trailing comment starts with
(`# 412`, `# 410 ARTICLE_UNPUBLISHED`), otherwise any 2xx or 3xx. A block right under a line
`<!-- readme-examples: skip (why) -->` is left out (it needs what CI does not have, such as a Docker engine).
"""
import re
import sys

FENCE = re.compile(r"^```(\w*)\s*$")
CURL = re.compile(r"(?<![\w./-])curl(?=\s)")
SKIP = "<!-- readme-examples: skip"
EXPECT = re.compile(r"\s#\s*([1-5]\d\d)\b")


def blocks(lines):
    """(first line number, [(number, text)]) of each shell block with a curl, unless the line above says to skip it."""
    inside, lang, start, body, skip = False, "", 0, [], False
    for number, line in enumerate(lines, 1):
        fence = FENCE.match(line)
        if fence and not inside:
            skip = number > 1 and SKIP in lines[number - 2]
            inside, lang, start, body = True, fence.group(1), number + 1, []
        elif line.startswith("```") and inside:
            inside = False
            if lang in ("sh", "bash") and not skip and any(CURL.search(text) for _, text in body):
                yield start, body
        elif inside:
            body.append((number, line))


def expected_status(body, index):
    """The status a curl on body[index] expects: the code its command's last line comments, if any."""
    while index < len(body) - 1 and body[index][1].rstrip().endswith("\\"):
        index += 1
    match = EXPECT.search(body[index][1])
    return match.group(1) if match else "ok"


def script(lines):
    out = []
    for start, body in blocks(lines):
        out.append(f"readme_block {start} <<'README_BLOCK'")
        for index, (number, text) in enumerate(body):
            if CURL.search(text):
                expect = expected_status(body, index)
                text = CURL.sub(f"readme_curl {number} {expect}", text)
            out.append(text)
        out.append("README_BLOCK")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as readme:
        sys.stdout.write(script(readme.read().splitlines()))
