"""Pregnancy prevention in the GUI: the page, its dialogs and Today's sections. Built only
when the profile says the patient can become pregnant (DOMAIN.md section 4)."""
