"""The app's look in one place (issue 11's design system, first part): the semantic
colours for light and dark (palette.py) and the roles a widget takes them through
(roles.py). Views name a role; they never write a colour."""
