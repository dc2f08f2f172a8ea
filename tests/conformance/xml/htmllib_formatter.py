# htmllib rendering through formatter's AbstractFormatter/DumbWriter; AbstractWriter's trace
import htmllib, formatter, StringIO
out = StringIO.StringIO()
w = formatter.DumbWriter(out, maxcol=30)
f = formatter.AbstractFormatter(w)
p = htmllib.HTMLParser(f)
p.feed("""<html><head><title>The  Title</title></head><body>
<h1>Heading</h1><p>Some <b>bold</b> and <i>italic</i> text that is long enough to wrap around the margin.
<ul><li>one<li>two</ul><ol type=i><li>x<li>y<li>z<li>w</ol><pre>  keep
   this</pre><a href="http://x">link</a> <img alt="pic" src=p.png> &amp; &copy;
<hr><dl><dt>term<dd>def</dl><br>end</body></html>""")
p.close()
print repr(out.getvalue())
print p.title, p.anchorlist
aw = formatter.AbstractWriter()
af = formatter.AbstractFormatter(aw)
af.push_font(('h1', 0, 1, 0)); af.add_flowing_data(' a  b '); af.add_label_data('A.', 28); af.push_margin('x'); af.pop_margin(); af.pop_font()
af.push_alignment('center'); af.pop_alignment(); af.push_style('s'); af.pop_style(); af.add_hor_rule(); af.add_literal_data('lit\n'); af.end_paragraph(1)
print af.format_counter('1 a A i I', 1994)
