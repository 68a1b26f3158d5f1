/* Strong definitions that override the weak ones of multi_weak_main.c. */
// corpus: library
int setting = 42;
const char *greeting(void) { return "strong greeting"; }
