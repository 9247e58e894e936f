/** What page controllers and templates of every module share: the page context, formats, form errors. */
package io.closewright.shared.web;
