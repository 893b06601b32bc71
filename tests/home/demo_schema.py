"""A small checker for the demo data files (used by test_demo_files.py): a schema is a Python
type, a list `[schema]`, a tuple of schemas (a list of that length), a dict of keys (`Opt(...)`
for one that may be left out), or one of the classes below. Errors name the file and the key."""

from django.apps import apps
from django.db import models
from wagtail.fields import RichTextField, StreamField


class Opt:
    """A key that may be left out."""

    def __init__(self, schema):
        self.schema = schema


def model(label):
    return apps.get_model(*label.split("."))


class Ref:
    """A value that must be one of the names collected under `kind` from the other files."""

    def __init__(self, kind):
        self.kind = kind


class Choice:
    def __init__(self, label, field):
        self.label, self.field = label, field

    def values(self):
        return {value for value, _label in model(self.label)._meta.get_field(self.field).choices}


class BoolFields:
    """Names of yes/no fields of a model, given as a list (`ways: [online, by_phone]`)."""

    def __init__(self, label, names):
        self.label, self.names = label, names


class Record:
    """A mapping whose keys are the model's fields (typed by the field) or `extra` keys;
    `required` must be there. Values equal to a field's default must be left out."""

    def __init__(self, label, required=(), extra=None):
        self.label, self.required, self.extra = label, set(required), extra or {}


class Blocks:
    """StreamField data for the field `field` of model `label`."""

    def __init__(self, label, field="body"):
        self.label, self.field = label, field


class Checker:
    def __init__(self):
        self.errors = []
        self.refs = []  # (file, key, kind, value)

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")

    def check(self, where, value, schema):
        if isinstance(schema, Opt):
            schema = schema.schema
        if isinstance(schema, type):
            if schema is float:
                ok = isinstance(value, int | float) and not isinstance(value, bool)
            elif schema is int:
                ok = isinstance(value, int) and not isinstance(value, bool)
            else:
                ok = isinstance(value, schema)
            if not ok:
                self.error(where, f"should be {schema.__name__}, is {value!r}")
        elif isinstance(schema, list):
            if not isinstance(value, list):
                return self.error(where, f"should be a list, is {value!r}")
            for number, item in enumerate(value):
                self.check(f"{where}[{number}]", item, schema[0])
        elif isinstance(schema, tuple):  # a fixed-length list, e.g. [status, days]
            if not isinstance(value, list) or len(value) != len(schema):
                return self.error(where, f"should be a list of {len(schema)}, is {value!r}")
            for number, (item, part) in enumerate(zip(value, schema, strict=True)):
                self.check(f"{where}[{number}]", item, part)
        elif isinstance(schema, dict):
            self.mapping(where, value, schema)
        elif isinstance(schema, Choice):
            if value not in schema.values():
                self.error(where, f"{value!r} is not one of {sorted(schema.values())}")
        elif isinstance(schema, Ref):
            if value is not None:
                self.refs.append((where, schema.kind, value))
        elif isinstance(schema, BoolFields):
            fields = model(schema.label)._meta
            for item in value if isinstance(value, list) else [value]:
                field = next((f for f in fields.fields if f.name == item), None)
                if item not in schema.names or not isinstance(field, models.BooleanField):
                    self.error(where, f"{item!r} is not one of {schema.names}")
        elif isinstance(schema, Record):
            self.record(where, value, schema)
        elif isinstance(schema, Blocks):
            self.blocks(where, value, schema)
        else:  # pragma: no cover
            raise TypeError(schema)

    def mapping(self, where, value, schema):
        if not isinstance(value, dict):
            return self.error(where, f"should be a mapping, is {value!r}")
        for key, part in schema.items():
            if key not in value and not isinstance(part, Opt):
                self.error(where, f"missing key {key!r}")
        for key, item in value.items():
            if key not in schema:
                self.error(where, f"unknown key {key!r} (allowed: {', '.join(schema)})")
            else:
                self.check(f"{where}.{key}", item, schema[key])

    def record(self, where, value, schema):
        if not isinstance(value, dict):
            return self.error(where, f"should be a mapping, is {value!r}")
        meta = model(schema.label)._meta
        for key in schema.required:
            if key not in value:
                self.error(where, f"missing key {key!r}")
        for key, item in value.items():
            if key in schema.extra:
                self.check(f"{where}.{key}", item, schema.extra[key])
                continue
            try:
                field = meta.get_field(key)
            except Exception:
                self.error(where, f"unknown key {key!r}: not a field of {schema.label}")
                continue
            self.field(f"{where}.{key}", item, field)

    def field(self, where, value, field):
        if field.has_default() or isinstance(field, models.CharField | models.TextField):
            if value == field.get_default():
                self.error(where, f"{value!r} is the field's default: leave it out")
        if field.choices and value not in {choice for choice, _label in field.choices}:
            choices = sorted(choice for choice, _label in field.choices)
            self.error(where, f"{value!r} is not one of {choices}")
        elif isinstance(field, models.BooleanField):
            self.check(where, value, bool)
        elif isinstance(field, models.IntegerField):
            self.check(where, value, int)
        elif isinstance(field, models.DecimalField):  # an amount, e.g. `25` or `12.50`
            self.check(where, value, float)
        elif isinstance(field, models.CharField | models.TextField | RichTextField):
            self.check(where, value, str)
        elif isinstance(field, StreamField):
            self.blocks(where, value, Blocks(field.model._meta.label, field.name))
        else:
            self.error(where, f"{field.name} ({type(field).__name__}) is not read from data")

    def blocks(self, where, value, schema):
        stream = model(schema.label)._meta.get_field(schema.field).stream_block
        if not isinstance(value, list):
            return self.error(where, "should be a list of blocks")
        for number, block in enumerate(value):
            here = f"{where}[{number}]"
            # The id is the reader's (`with_block_ids`), never written in a data file.
            if not isinstance(block, dict) or set(block) - {"id"} != {"type", "value"}:
                self.error(here, f"a block has a type and a value, not {block!r}")
                continue
            child = stream.child_blocks.get(block["type"])
            if child is None:
                names = ", ".join(stream.child_blocks)
                self.error(here, f"block type {block['type']!r} is not one of {names}")
            elif hasattr(child, "child_blocks") and isinstance(block["value"], dict):
                for key in set(block["value"]) - set(child.child_blocks):
                    self.error(f"{here}.{key}", f"not a field of the {block['type']} block")
