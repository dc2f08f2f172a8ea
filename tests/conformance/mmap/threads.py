# Closing and resizing a map while other threads read and write it: every
# access either sees a live map or raises 2.7's errors, never a crash.
import mmap
import threading

m = mmap.mmap(-1, 1 << 16)
m[:5] = 'hello'
ended = []


def reader():
    while True:
        try:
            m[:5]
            m.find('lo')
            m[len(m) // 2:]
            m.seek(0)
            m.read(100)
            m[0] = 'h'
        except IndexError:
            pass
        except ValueError as e:
            ended.append(str(e))
            return


def resizer():
    for i in range(200):
        m.resize(4096 * (1 + i % 7))


threads = [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
resizer()
m.close()
for t in threads:
    t.join()
print ended
