/* Hello world, same as programs/startup.py: process start-up floor. */
#include <stdio.h>

int main(void) {
    puts("hello world");
    return 0;
}
