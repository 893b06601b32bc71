from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUR_APPS = ["home", "glossary", "opportunities", "forums"]


def test_migrations_depend_on_named_migrations_never_latest():
    """`__latest__` moves with every upgrade of the other app: a migration already applied on
    a live database would then depend on one that is not, and `migrate` stops."""
    files = [path for app in OUR_APPS for path in sorted((ROOT / app).glob("migrations/*.py"))]
    assert len(files) > 4
    floating = [
        str(path.relative_to(ROOT)) for path in files if '"__latest__"' in path.read_text()
    ]
    assert floating == []
