/* Reads a global variable that nothing defines. */
extern int hotlink_no_such_global;
int main(void) {
    return hotlink_no_such_global;
}
