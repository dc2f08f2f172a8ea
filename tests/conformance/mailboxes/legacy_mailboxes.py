# The read-only mailboxes of 2.4 and earlier, and the module the classes report.
import mailbox, StringIO
print mailbox.MaildirMessage, mailbox.UnixMailbox.__module__, mailbox.mboxMessage.__module__
f = StringIO.StringIO('From a@b Sat Jan  3 01:05:34 1996\nSubject: x\n\nbody\n\nFrom c@d Sat Jan  3 01:05:34 1996\nSubject: y\n\nb2\n')
for m in mailbox.UnixMailbox(f):
    print m['subject']
f.seek(0)
for m in mailbox.PortableUnixMailbox(f):
    print m['subject']
