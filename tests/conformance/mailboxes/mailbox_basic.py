# mailbox: adding, reading, replacing and removing messages in each format,
# flags/sequences/labels and their conversions, and the errors.
import mailbox, os, tempfile, shutil, email

d = tempfile.mkdtemp()
MSG = 'From: a@b.c\nTo: d@e.f\nSubject: hi %d\n\nbody %d\nFrom here\n'


def show(box):
    for key in sorted(box.keys()):
        m = box[key]
        print '  ', m['subject'], repr(m.get_payload())


for name, cls in (('mbox', mailbox.mbox), ('mmdf', mailbox.MMDF), ('babyl', mailbox.Babyl),
                  ('mh', mailbox.MH), ('maildir', mailbox.Maildir)):
    path = os.path.join(d, name)
    if cls is mailbox.Maildir:
        box = cls(path, factory=None)
    else:
        box = cls(path)
    keys = [box.add(MSG % (i, i)) for i in range(3)]
    print name, len(box), len(set(keys))
    box[keys[1]] = MSG % (9, 9)
    box.remove(keys[0])
    box.flush()
    show(box)
    print '  ', keys[2] in box, keys[0] in box, repr(box.get_string(keys[2]).splitlines()[2])
    f = box.get_file(keys[2])
    print '  ', repr(f.readline())
    f.close()
    try:
        box[keys[0]]
    except KeyError:
        print '   KeyError'
    print '  ', box.get(keys[0], 'none')
    box.lock()
    box.add(email.message_from_string(MSG % (5, 5)))
    box.unlock()
    box.close()
    if cls is mailbox.Maildir:
        box = cls(path, factory=None)
    else:
        box = cls(path)
    print '  ', len(box), sorted(m['subject'] for m in box)
    box.clear()
    print '  ', len(box)
    box.close()

# message classes and conversions
m = mailbox.MaildirMessage(MSG % (1, 1))
m.set_flags('SRF')
m.set_subdir('cur')
print m.get_flags(), m.get_info(), m.get_subdir()
mb = mailbox.mboxMessage(m)
print sorted(mb.get_flags()), mb['status'], mb['x-status'], mb.get_from()[:14]
mh = mailbox.MHMessage(m)
print mh.get_sequences()
bm = mailbox.BabylMessage(mb)
print bm.get_labels()
back = mailbox.MaildirMessage(mh)
print back.get_flags(), back.get_subdir()
mh.add_sequence('replied')
mh.remove_sequence('nothing')
print mh.get_sequences()
for bad in (lambda: m.set_subdir('tmp'), lambda: m.set_info(5), lambda: mh.add_sequence(1),
            lambda: bm.add_label(2), lambda: mailbox.Message(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print type(e).__name__, str(e)

# MH sequences and packing
path = os.path.join(d, 'mh2')
box = mailbox.MH(path)
for i in range(6):
    msg = mailbox.MHMessage(MSG % (i, i))
    if i % 2:
        msg.add_sequence('odd')
    box.add(msg)
box.remove(2)
box.remove(3)
print box.get_sequences(), box.keys()
box.pack()
print box.get_sequences(), box.keys(), open(os.path.join(path, '.mh_sequences')).read()
print box.list_folders(), box.add_folder('sub').keys(), box.list_folders()
box.remove_folder('sub')

for cls in (mailbox.Maildir, mailbox.MH):
    try:
        cls(os.path.join(d, 'missing'), create=False)
    except mailbox.NoSuchMailboxError as e:
        print 'NoSuchMailboxError', os.path.basename(str(e))
print issubclass(mailbox.NoSuchMailboxError, mailbox.Error)
shutil.rmtree(d)
