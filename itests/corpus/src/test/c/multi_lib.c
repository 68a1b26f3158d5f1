/* The library half of multi_main.c: global data, functions and a function pointer returned to the caller. */
// corpus: library
int lib_counter = 0;

static int shared_helper(int x) { return x + 1; }

const char *lib_name(void) { return "multi_lib"; }

int lib_accumulate(int x) { lib_counter += shared_helper(x); return lib_counter; }

static int cube(int x) { return x * x * x; }

int (*lib_callback(void))(int) { return cube; }
