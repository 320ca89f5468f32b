"""Everything PySide6. Tabs get services through their constructors and never call each other."""
