"""The Appointments page (Ctrl+4), its dialogs, its item models, and the "Next appointment"
box on Today. Every write goes through `AppointmentsController`, onto the shared undo stack."""
