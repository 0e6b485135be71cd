-- phpMyAdmin SQL Dump
-- version 5.2.1
-- https://www.phpmyadmin.net/
--
-- Host: 127.0.0.1
-- Generation Time: Apr 07, 2024 at 05:32 PM
-- Server version: 10.4.32-MariaDB
-- PHP Version: 8.2.12

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
START TRANSACTION;
SET time_zone = "+00:00";


/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;

--
-- Database: `jobzen`
--

-- --------------------------------------------------------

--
-- Table structure for table `job`
--

CREATE TABLE `job` (
  `id` int(11) NOT NULL,
  `title` varchar(255) NOT NULL,
  `company` varchar(255) NOT NULL,
  `company_url` varchar(255) NOT NULL,
  `location` varchar(255) NOT NULL,
  `category` varchar(255) NOT NULL,
  `job_type` varchar(255) NOT NULL,
  `contact_number` varchar(255) NOT NULL,
  `contact_email` varchar(255) NOT NULL,
  `monthly_pay` double DEFAULT NULL,
  `preferred_gender` varchar(255) DEFAULT 'Any',
  `minimum_qualification_level` varchar(255) DEFAULT 'No minimum qualification required',
  `maximum_age` int(11) DEFAULT NULL,
  `minimum_age` int(11) DEFAULT NULL,
  `minimum_years_experience` int(11) DEFAULT NULL,
  `banner_image` varchar(255) DEFAULT NULL,
  `description` text NOT NULL,
  `posted_by` int(11) NOT NULL,
  `created_at` varchar(255) NOT NULL,
  `closing_date` varchar(255) DEFAULT NULL,
  `closing_time` varchar(255) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

--
-- Dumping data for table `job`
--

INSERT INTO `job` (`id`, `title`, `company`, `company_url`, `location`, `category`, `job_type`, `contact_number`, `contact_email`, `monthly_pay`, `preferred_gender`, `minimum_qualification_level`, `maximum_age`, `minimum_age`, `minimum_years_experience`, `banner_image`, `description`, `posted_by`, `created_at`, `closing_date`, `closing_time`) VALUES
(3, 'Logistics Executive', 'Cargo Hub', 'https://www.thecargohub.lk/', 'Kelaniya', 'Logistics/Warehouse/Transport', 'Full time', '702221757', 'info@thecargohub.lk', 0, 'Male', 'A/L', 41, 21, 2, 'banner_660ac7ce9a0f22.11520397.jpg', 'Overview\r\nWe are leading logistics company which is located in kelaniya.\r\n\r\nWe are looking for enthusiastic candidates to join our team for the post of Logistics /Operations Executive. Email us your resume before 15th of December 2023!\r\n\r\n \r\n\r\nExecutive skills and qualifications\r\n\r\n·    Excellent verbal and non-verbal communication skills\r\n\r\n·    Customer service skills\r\n\r\n·    Problem-solving abilities\r\n\r\n·    Leadership capabilities\r\n\r\n·    Teamwork skills\r\n\r\n·    Safety and security awareness\r\n\r\n·    Organizational skills\r\n\r\nRequirements:\r\n\r\n·                     Diploma/Degree or equivalent\r\n\r\n·                     At least 2 – 3 years of relevant executive working experience in the warehouse/related field\r\n\r\n·                     Hardworking and able to work independently under tight schedules\r\n\r\n·                     Experiences handling both warehouse team and customer service will be an added advantage', 1, '1711951822', '2024-05-11', '13:17'),
