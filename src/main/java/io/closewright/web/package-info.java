/** The page layout, the home page and error handling for pages and the API. */
package io.closewright.web;
