/* Extra module for peer_main.c. */
int shared_total = 1;
extern int main_counter;
int main_callback(int x);
int peer_accumulate(int x) {
    shared_total += main_callback(x);   /* 5 + 21 = 26 */
    main_counter += shared_total;       /* 126 */
    return shared_total + 1;            /* 27 */
}
