"""PropDesk's screens: PySide6 widgets over the services in app/. No SQL, no business rules."""
