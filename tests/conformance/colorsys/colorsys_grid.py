# colorsys: every conversion over a grid of values, compared digit for digit with 2.7's floats.
import colorsys as c
vals = [0.0, 0.1, 0.25, 1.0/3, 0.5, 0.6, 0.75, 0.9, 1.0]
for r in vals:
    for g in vals[::3]:
        for b in vals[::4]:
            print r, g, b, c.rgb_to_hsv(r, g, b), c.rgb_to_hls(r, g, b), c.rgb_to_yiq(r, g, b)
            print c.hsv_to_rgb(r, g, b), c.hls_to_rgb(r, g, b), c.yiq_to_rgb(r, g - 0.5, b - 0.5)
