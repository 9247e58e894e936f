package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's workspace calendar: the working week and risk buffer, holidays added and removed one by
 * one, and holidays imported from an iCalendar file (pasted or uploaded). Each form names the calendar
 * version it changes.
 */
@Controller
class CalendarPageController {

    private final ClosePlanManagement plans;

    CalendarPageController(ClosePlanManagement plans) {
        this.plans = plans;
    }

    @GetMapping("/admin/calendar")
    String calendar(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, model, null, null);
    }

    @PostMapping("/admin/calendar")
    String week(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) List<DayOfWeek> workdays,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Integer buffer = FormValues.integer(form.text("riskBufferDays"), "riskBufferDays", form.errors());
        if (buffer == null && !form.errors().has("riskBufferDays")) {
            form.errors().add("riskBufferDays", "enter a number of working days, 0 to 60");
        }
        Set<DayOfWeek> days = workdays == null ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
        form.with("workdays", Lists.join(List.copyOf(days)));
        return save(
                me,
                model,
                redirect,
                "week",
                form,
                c -> plans.changeCalendar(me.viewer(), version(form), days, null, buffer),
                "Saved the working week. Plans are counted with it from now on.");
    }

    @PostMapping("/admin/calendar/holidays")
    String addHoliday(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        LocalDate date = FormValues.date(form.text("date"), "date", form.errors());
        if (date == null && !form.errors().has("date")) {
            form.errors().add("date", "choose the day");
        }
        return save(
                me,
                model,
                redirect,
                "holiday",
                form,
                c -> withHolidays(me, form, merged(c, List.of(new CalendarView.HolidayView(date, form.text("name"))))),
                "Added the holiday.");
    }

    @PostMapping("/admin/calendar/holidays/remove")
    String removeHoliday(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        LocalDate date = FormValues.date(form.text("date"), "date", form.errors());
        return save(
                me,
                model,
                redirect,
                "holiday",
                form,
                c -> withHolidays(
                        me,
                        form,
                        holidays(c).stream().filter(h -> !h.date().equals(date)).toList()),
                "Removed the holiday.");
    }

    @PostMapping("/admin/calendar/import")
    String importHolidays(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Form form = Form.posted(params);
        String ics = file != null && !file.isEmpty()
                ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : form.text("ics");
        int[] added = new int[1];
        String result = save(
                me,
                model,
                redirect,
                "import",
                form,
                c -> {
                    List<CalendarView.HolidayView> imported = IcsHolidays.parse(ics, "ics");
                    List<CalendarView.HolidayView> all = merged(c, imported);
                    added[0] = all.size() - c.holidays().size();
                    return withHolidays(me, form, all);
                },
                null);
        if (result.startsWith("redirect:")) {
            redirect.addFlashAttribute(
                    "flash",
                    "Imported " + added[0] + (added[0] == 1 ? " holiday" : " holidays")
                            + "; days already in the calendar were kept as they were.");
        }
        return result;
    }

    private CalendarView withHolidays(UserPrincipal me, Form form, List<CalendarView.HolidayView> holidays) {
        return plans.changeCalendar(me.viewer(), version(form), null, holidays, null);
    }

    private static Long version(Form form) {
        return FormValues.id(form.text("version"), "version", form.errors());
    }

    static List<CalendarView.HolidayView> holidays(CalendarView calendar) {
        return calendar.holidays().stream()
                .map(d ->
                        new CalendarView.HolidayView(d, calendar.holidayNames().get(d)))
                .toList();
    }

    private static List<CalendarView.HolidayView> merged(CalendarView calendar, List<CalendarView.HolidayView> more) {
        List<CalendarView.HolidayView> all = new ArrayList<>(holidays(calendar));
        more.stream().filter(h -> !calendar.holidays().contains(h.date())).forEach(all::add);
        return all;
    }

    private String save(
            UserPrincipal me,
            Model model,
            RedirectAttributes redirect,
            String which,
            Form form,
            Function<CalendarView, CalendarView> change,
            String ok) {
        if (!form.hasErrors()) {
            try {
                change.apply(plans.calendar(me.viewer()));
                if (ok != null) {
                    redirect.addFlashAttribute("flash", ok);
                }
                return "redirect:/admin/calendar";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                form.errors()
                        .addGeneral("The calendar was changed by someone else meanwhile; it now shows the current"
                                + " calendar. Make your change again.");
                form.with("version", plans.calendar(me.viewer()).version());
            }
        }
        return page(me, model, which, form);
    }

    private String page(UserPrincipal me, Model model, String which, Form form) {
        CalendarView calendar = plans.calendar(me.viewer());
        model.addAttribute("calendar", calendar);
        model.addAttribute("holidays", holidays(calendar));
        model.addAttribute(
                "weekForm",
                "week".equals(which)
                        ? form
                        : Form.empty()
                                .with("riskBufferDays", calendar.riskBufferDays())
                                .with("workdays", Lists.join(calendar.workdays()))
                                .with("version", calendar.version()));
        model.addAttribute(
                "holidayForm", "holiday".equals(which) ? form : Form.empty().with("version", calendar.version()));
        model.addAttribute(
                "importForm", "import".equals(which) ? form : Form.empty().with("version", calendar.version()));
        return "admin/calendar";
    }
}
