# Constant conditions: 'if 0:' and 'if False:' bodies are dropped, 'if 1:' keeps only the body
if 0:
    dead()
if False:
    dead()
else:
    alive()
if 1:
    alive()
if "":
    dead()
if (1, 2):
    alive()
