/* Strong definitions that override the weak ones of weak_main.c. */
int merged_value = 2;
const char *merged_which(void) { return "strong"; }
