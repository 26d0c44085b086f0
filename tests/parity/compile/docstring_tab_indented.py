# Docstrings indented with tabs: 3.13 expands tabs before stripping the common indentation
def f():
	"""Tab indented.

		Two tabs.
	One tab.
	"""
	return 1

class C:
	"""
	Class doc
	    mixed spaces
	"""
