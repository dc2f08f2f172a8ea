# While a thread sleeps, the main thread keeps running Python code.
import threading
import time

state = {'asleep': False, 'awake': False}


def nap():
    state['asleep'] = True
    time.sleep(0.3)
    state['awake'] = True

t = threading.Thread(target=nap)
t.start()
count = 0
deadline = time.time() + 30
while not state['awake'] and time.time() < deadline:
    count += 1
t.join()
print 'main ran while the thread slept:', count > 100
print sorted(state.items())
