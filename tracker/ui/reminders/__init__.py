"""Reminders in the GUI: the scheduler that checks what is due against the wall clock, the
tray icon and its notifications, Today's Due panel, File > Reminders… and start at login.
`coordinator.ReminderCoordinator` puts them together over the main window."""
