# Popen.send_signal with signals other than SIGTERM/SIGKILL reaches the child as that signal,
# and its return code names it (asyncio's test_send_signal sends SIGHUP).
import signal
import subprocess

for sig in (signal.SIGHUP, signal.SIGINT, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGTERM, signal.SIGKILL):
    p = subprocess.Popen(["/bin/sleep", "30"])
    p.send_signal(sig)
    print(sig.name, p.wait(), p.returncode == -sig)
p = subprocess.Popen(["/bin/sleep", "30"])
p.send_signal(0)  # only checks the child is there
p.kill()
print("signal 0, then kill:", p.wait())
