"""Check, without the network, that the lock files still match the hand-edited requirements.

requirements.txt and requirements-test.txt are the pins people edit; `make lock` resolves them with
pip-compile into requirements.lock and requirements-test.lock, which the Makefile installs with
`--require-hashes --no-deps`. Re-running pip-compile to compare needs the package index, so this
reads the files instead and fails when:

- a pin in a requirements file is missing from its lock, or locked at another version;
- a lock still lists as pinned by a requirements file (pip-compile's `# via -r FILE`) a package
  that file no longer pins;
- a locked package has no hash;
- the two locks disagree on a package they share (the test lock is constrained by the site's).

A lock that pins everything asked for but misses a new dependency shows up in `pip check`, which
`make lock-check` runs after this.

Usage: python .ci/check_locks.py  (from the repository root; exits 1 and says why on a mismatch)
"""

import re
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCKS = {
    "requirements.lock": "requirements.txt",
    "requirements-test.lock": "requirements-test.txt",
}
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def read_pins(name, pins=None):
    """Map each requirements file reached from `name` (through `-r`) to {package: version}."""
    pins = {} if pins is None else pins
    pins[name] = {}
    for raw in (ROOT / name).read_text().splitlines():
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#") or line.startswith("-c"):
            continue
        if line.startswith("-r"):
            read_pins(line[2:].strip(), pins)
            continue
        req = Requirement(line)
        versions = [s.version for s in req.specifier if s.operator == "=="]
        if len(versions) != 1 or len(req.specifier) != 1:
            sys.exit(f"{name}: pin {line!r} exactly, with ==")
        pins[name][canonicalize_name(req.name)] = versions[0]
    return pins


def read_lock(name):
    """{package: (version, hashes, the sources pip-compile names under `# via`)}."""
    entries = {}
    current = None
    for raw in (ROOT / name).read_text().splitlines():
        line = raw.strip().rstrip("\\").strip()
        match = ENTRY.match(raw)
        if match:
            current = canonicalize_name(match[1])
            entries[current] = (match[2], set(), set())
        elif current is None:
            continue
        elif line.startswith("--hash="):
            entries[current][1].add(line.removeprefix("--hash="))
        elif line.startswith("# via "):
            entries[current][2].add(line.removeprefix("# via ").strip())
        elif line.startswith("#   "):
            entries[current][2].add(line.removeprefix("#   ").strip())
    return entries


def problems():
    locks = {lock: read_lock(lock) for lock in LOCKS}
    for lock, source in LOCKS.items():
        entries = locks[lock]
        for req_file, pins in read_pins(source).items():
            for package, version in pins.items():
                if package not in entries:
                    yield f"{lock}: {package}=={version} (pinned in {req_file}) is not locked"
                elif entries[package][0] != version:
                    yield (
                        f"{lock}: {package} is locked at {entries[package][0]},"
                        f" {req_file} pins {version}"
                    )
            for package, (_version, _hashes, via) in entries.items():
                if f"-r {req_file}" in via and package not in pins:
                    yield (
                        f"{lock}: {package} is locked as pinned by {req_file},"
                        " which no longer pins it"
                    )
        for package, (version, hashes, _via) in entries.items():
            if not hashes:
                yield f"{lock}: {package}=={version} has no hash"
    site, test = locks["requirements.lock"], locks["requirements-test.lock"]
    for package in site.keys() & test.keys():
        if site[package][:2] != test[package][:2]:
            yield f"{package} differs between requirements.lock and requirements-test.lock"
    for package in site.keys() - test.keys():
        yield f"requirements-test.lock lacks {package}, which requirements.lock has"


def main():
    found = list(problems())
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print("The locks are out of date: run `make lock` and commit them.", file=sys.stderr)
        return 1
    print(f"Locks match the requirements ({', '.join(LOCKS)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
