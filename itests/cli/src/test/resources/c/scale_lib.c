/* A tiny shared library built at test time with cc -shared -fPIC. */
int hotlink_scale(int x) { return x * 7 + 1; }
const char *hotlink_lib_name(void) { return "scale_lib"; }
