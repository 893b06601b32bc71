"""home's template tags (navigation_tags): menus, breadcrumbs, languages."""
