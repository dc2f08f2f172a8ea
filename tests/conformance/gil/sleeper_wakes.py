# A thread that sleeps in short steps keeps waking up while another thread
# spins on the CPU.
import threading
import time

state = {'wakeups': 0, 'done': False, 'spins': 0}


def sleeper():
    for i in range(20):
        time.sleep(0.01)
        state['wakeups'] += 1
    state['done'] = True


def spinner():
    deadline = time.time() + 30
    while not state['done'] and time.time() < deadline:
        state['spins'] += 1

sp = threading.Thread(target=spinner)
sl = threading.Thread(target=sleeper)
sp.start()
sl.start()
sl.join()
sp.join()
print 'wakeups:', state['wakeups']
print 'sleeper finished while spinner ran:', state['done'] and state['spins'] > 0
