"""The static files storage (whitenoise, hashed and compressed names). Imports nothing of
ours."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


def _without_source_maps(patterns):
    return tuple(
        (glob, tuple(p for p in rules if "sourceMappingURL" not in str(p)))
        for glob, rules in patterns
    )


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Compressed static files with content-hashed names, cached for ever by browsers.

    Leaves source-map comments alone: NHS.UK frontend's minified files name .map files its
    package does not ship, which would otherwise stop collectstatic. Rewrites JavaScript
    module imports to hashed names, so static/js/involve.js can import NHS.UK frontend.
    """

    patterns = _without_source_maps(CompressedManifestStaticFilesStorage.patterns)
    support_js_module_import_aggregation = True
