"""The glossary's template tags (glossary_tags): marking glossary words."""
